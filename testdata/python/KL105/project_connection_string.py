import os

from azure.ai.projects import AIProjectClient
from azure.ai.projects.models import ConnectionType
from azure.core.credentials import AzureKeyCredential
from azure.identity import DefaultAzureCredential
from azure.search.documents import SearchClient

# A project connection string names a region, subscription, group and project: no secret,
# even though the key below is fetched through the client it builds.
project = AIProjectClient.from_connection_string(
    conn_str=os.environ["AIPROJECT_CONNECTION_STRING"], credential=DefaultAzureCredential()
)
search_connection = project.connections.get_default(connection_type=ConnectionType.AZURE_AI_SEARCH, include_credentials=True)
search_client = SearchClient(
    index_name="products",
    endpoint=search_connection.endpoint_url,
    credential=AzureKeyCredential(key=search_connection.key),  # want "KL101"
)
