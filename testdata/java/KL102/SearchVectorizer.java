import com.azure.search.documents.indexes.models.AzureOpenAIEmbeddingSkill;
import com.azure.search.documents.indexes.models.AzureOpenAIVectorizerParameters;

class SearchVectorizer {
    AzureOpenAIVectorizerParameters params(String endpoint, String key) {
        return new AzureOpenAIVectorizerParameters()
            .setResourceUrl(endpoint)
            .setDeploymentName("text-embedding-3-large")
            .setApiKey(key); // want "KL102"
    }
}
