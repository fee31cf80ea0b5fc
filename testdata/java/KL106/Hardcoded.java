import com.azure.core.credential.AzureKeyCredential;

class Hardcoded {
    static final String API_KEY = "0123456789abcdef0123456789abcdef"; // want "KL106"
    AzureKeyCredential cred = new AzureKeyCredential("fedcba9876543210fedcba9876543210"); // want "KL101" "KL106"
    String block = """
        a1b2c3d4e5f60718293a4b5c6d7e8f90""";
}
