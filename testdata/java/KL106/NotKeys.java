class NotKeys {
    static final String ROLE = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd";
    static final String API_KEY = "<your-key>";
    static final String CHECKSUM = "d41d8cd98f00b204e9800998ecf8427e";
}
