# $env:AZURE_OPENAI_API_KEY is read by the app, not here.
$model = $env:OPENAI_MODEL
Write-Output $env:USERPROFILE
