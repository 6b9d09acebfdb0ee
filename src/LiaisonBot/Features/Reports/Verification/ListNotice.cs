namespace LiaisonBot.Features.Reports.Verification;

/// <summary>What the list of waiting reports says on top after a button: what was done, or why nothing was.</summary>
public sealed record ListNotice(string Text, bool Refused)
{
    public static ListNotice Done(string text) => new(text, Refused: false);

    public static ListNotice Refusal(string text) => new(text, Refused: true);
}
