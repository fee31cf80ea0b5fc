module example.com/contoso/gateway

go 1.26
