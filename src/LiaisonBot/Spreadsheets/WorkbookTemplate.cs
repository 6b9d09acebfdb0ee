namespace LiaisonBot.Spreadsheets;

/// <summary>
/// A workbook the secretariat fills in, served by the bot. The build copies it from samples/ (see the project file), so
/// the served template and the sample the tests check never drift apart.
/// </summary>
public sealed record WorkbookTemplate(string Path, string Folder, string FileName)
{
    public void Map(WebApplication app)
    {
        var file = System.IO.Path.Combine(AppContext.BaseDirectory, Folder, FileName);
        app.MapGet(Path, () => Results.File(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName));
    }

    /// <summary>The template's address under the bot's own (<c>App.PublicAddress.Base</c>); null outside a request.</summary>
    public string? Url(string root) => root.Length > 0 ? root + Path : null;
}
