export const etag = "d41d8cd98f00b204e9800998ecf8427e";
export const roleId = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd";
export const apiKey = "<your-api-key>";
export const keyId = "0123456789abcdef0123456789abcdef";
export const template = `${process.env.PREFIX}0123456789abcdef0123456789abcdef`;
