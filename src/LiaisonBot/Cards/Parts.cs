namespace LiaisonBot.Cards;

/// <summary>Pieces every card uses, so all cards look alike.</summary>
public static class Parts
{
    public static TextBlock Title(string text) =>
        new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = "heading" };

    /// <summary>Shortens user text echoed in a card so a pasted essay cannot blow the card size.</summary>
    public static string Clip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
