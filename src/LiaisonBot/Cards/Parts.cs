using System.Globalization;
using LiaisonBot.Localization;

namespace LiaisonBot.Cards;

/// <summary>Pieces every card uses, so all cards look alike.</summary>
public static class Parts
{
    public static TextBlock Title(string text) =>
        new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = "heading" };

    /// <summary>Shortens user text echoed in a card so a pasted essay cannot blow the card size.</summary>
    public static string Clip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    /// <summary>A field's error, placed right under it, where a phone user will see it.</summary>
    public static TextBlock ErrorLine(Texts t, FieldError error) =>
        new("⚠ " + t.Format(error.Key, error.Args)) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.Small };

    /// <summary>Adds the input, then its error (if any) right beneath it, where a phone user will see it.</summary>
    public static void Field(List<CardElement> body, Texts t, IReadOnlyDictionary<string, FieldError> errors, string id, CardInput input)
    {
        body.Add(input with { Id = id });
        if (errors.TryGetValue(id, out var error))
        {
            body.Add(ErrorLine(t, error));
        }
    }

    /// <summary>
    /// Buttons in rows of three in the card's body: Teams folds a card's actions beyond its limit (six on a PC, fewer on a
    /// phone) into a "…" menu nobody finds, so a long list of commands must not go in <c>actions</c>.
    /// </summary>
    public static IEnumerable<ActionSet> ButtonRows(IEnumerable<CardAction> buttons) =>
        buttons.Chunk(3).Select((row, i) => new ActionSet(row) { Spacing = i == 0 ? Spacing.Medium : Spacing.Small });

    /// <summary>
    /// A short card that says one thing (a refusal, a stale button, an empty list) and offers the ways on from there;
    /// <paramref name="attention"/> for what went wrong, in the host's attention colour that stays readable in every theme.
    /// </summary>
    public static AdaptiveCard Notice(string text, bool attention, params CardAction[] next) =>
        new(new TextBlock(text) { Color = attention ? TextColor.Attention : null }) { Actions = next.Length > 0 ? [.. next] : null };

    /// <summary>One figure of a row of them: the number large (in <paramref name="color"/> when not zero), its label small beneath.</summary>
    public static Column Figure(string label, int value, TextColor? color) =>
        Figure(label, value.ToString(CultureInfo.InvariantCulture), value > 0 ? color : null);

    /// <summary>One figure of a row of them: the value large (in <paramref name="color"/>), its label small beneath.</summary>
    public static Column Figure(string label, string value, TextColor? color) => new(
    [
        new TextBlock(value) { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = color },
        new TextBlock(label) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
    ])
    { Width = "stretch" };
}
