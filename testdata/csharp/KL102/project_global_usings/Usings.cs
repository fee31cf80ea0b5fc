// The project's namespaces, declared once for every file (C# 10 global usings).
global using Azure;
global using Microsoft.CognitiveServices.Speech;
