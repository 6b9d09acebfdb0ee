using LiaisonBot.Cards;

namespace LiaisonBot.App.Uploads;

/// <summary>
/// One kind of file the secretariat loads by attaching it in the bot's chat (a plan workbook, the points rules). The file
/// says what it is by its content: the first import that claims it reads it; the fallback takes every other file and
/// explains what it expected.
/// </summary>
public interface IUploadImport
{
    /// <summary>The import that answers files no other one claims.</summary>
    public bool IsFallback => false;

    public bool Claims(byte[] content);

    /// <summary>Reads and loads the file, or answers every problem in it (then nothing changed).</summary>
    public Task<AdaptiveCard> ImportAsync(Caller caller, string fileName, byte[] content, CancellationToken ct);
}
