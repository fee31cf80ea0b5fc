import com.azure.search.documents.indexes.models.SearchField;
import com.azure.search.documents.indexes.models.SearchFieldDataType;

class SearchIndexKeyField {
    // setKey(true) marks the index's key field: a flag, not an API key.
    SearchField id() {
        return new SearchField("id", SearchFieldDataType.STRING).setKey(true).setFilterable(true);
    }
}
