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

    /// <summary>
    /// A text about <paramref name="count"/> things, in the form the language uses for that number: <c>{key}.One</c> or
    /// <c>{key}.Other</c> in English, always <c>{key}.Other</c> in Chinese, which has one form. The count is <c>{0}</c>;
    /// <paramref name="args"/> follow as <c>{1}</c>, <c>{2}</c>…
    /// </summary>
    public string Plural(string key, int count, params object?[] args) =>
        Format($"{key}.{(count == 1 && !IsChinese ? "One" : "Other")}", [count, .. args]);
}
