using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Liaison;

/// <summary>Uploading a file through an import page's real form (multipart, with its antiforgery token).</summary>
public static class CsvImportSteps
{
    public static async Task<HtmlPage> UploadAsync(this HttpClient client, string importUrl, byte[] bytes, string fileName = "import.csv")
    {
        var page = await client.GetPageAsync(importUrl);
        var form = page.Document.QuerySelector("#upload-form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "file", fileName },
        };
        return await HtmlPage.FromAsync(await client.PostAsync(new Uri(page.Url, form.GetAttribute("action")), content));
    }
}
