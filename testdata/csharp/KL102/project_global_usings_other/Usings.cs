// Global usings of the program's own and .NET's namespaces: no Azure SDK among them.
global using System.Net.Http;
global using Acme.Telephony;
