from azure.search.documents.indexes.models import SearchableField, SearchField, SearchFieldDataType, SimpleField

# key=True marks the index's key field: a flag, not an API key.
fields = [
    SimpleField(name="id", type=SearchFieldDataType.String, key=True),
    SearchField(name="chunk_id", type=SearchFieldDataType.String, key=True, sortable=True),
    SearchableField(name="title", key=False),
]
