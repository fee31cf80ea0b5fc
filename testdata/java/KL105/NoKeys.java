class NoKeys {
    String home = System.getenv("HOME");
    String model = System.getenv("OPENAI_MODEL");
}
