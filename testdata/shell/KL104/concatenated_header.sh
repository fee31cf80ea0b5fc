#!/usr/bin/env bash
# A header word made of a quoted part and an expansion: the shell passes "api-key: <the key>".
searchKey=$(az search admin-key show --service-name "$SEARCH" --resource-group "$RG" --query primaryKey -o tsv)
curl -X PUT "https://$SEARCH.search.windows.net/indexes/docs?api-version=2023-11-01" -H 'api-key: '$searchKey -d @index.json # want "KL104"
curl -X GET "https://$SEARCH.search.windows.net/indexes?api-version=2023-11-01" -H 'Authorization: Bearer '"$token"
