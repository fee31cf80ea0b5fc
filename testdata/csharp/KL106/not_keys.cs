public static class Ids
{
    public const string OpenAIUserRole = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd";
    public const string Md5 = "d41d8cd98f00b204e9800998ecf8427e";
    public const string ApiKey = "<your-api-key>";
    public static string KeyName = "0123456789abcdef0123456789abcdef";
#if DEBUG
    public const string Note = "uses api keys in debug only";
#endif
}
