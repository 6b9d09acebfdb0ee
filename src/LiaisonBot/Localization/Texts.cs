using System.Globalization;
using System.Resources;

namespace LiaisonBot.Localization;

/// <summary>
/// The user-facing strings in one language. Chosen per activity from its <c>locale</c> (zh* → zh-CN, else en) rather
/// than from the thread culture, because one request may write to people who read different languages.
/// </summary>
public sealed class Texts
{
    internal static readonly ResourceManager Resources = new("LiaisonBot.Localization.Strings", typeof(Texts).Assembly);

    public static readonly Texts English = new(CultureInfo.GetCultureInfo("en"));
    public static readonly Texts Chinese = new(CultureInfo.GetCultureInfo("zh-CN"));
    public static readonly IReadOnlyList<Texts> All = [Chinese, English];

    private Texts(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    public bool IsChinese => Culture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static Texts For(string? locale) =>
        locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>A missing key is a bug, not something to show a user: it throws, and the card tests catch it.</summary>
    public string this[string key] =>
        Resources.GetString(key, Culture) ?? throw new KeyNotFoundException($"No text '{key}' for {Culture.Name}.");

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);
}
