import io.github.cdimascio.dotenv.Dotenv;

class DotenvReads {
    Dotenv dotenv = Dotenv.load();
    String endpoint = dotenv.get("AZURE_SEARCH_SERVICE_ENDPOINT");
    String key = dotenv.get("AZURE_SEARCH_ADMIN_KEY"); // want "KL105"
}
