using System.Collections;
using System.Globalization;
using System.Resources;
using LiaisonBot.Localization;

namespace LiaisonBot.Tests.Localization;

public sealed class TextsTests
{
    [Fact]
    public void EveryText_ExistsInEnglishAndChinese_AndKeepsItsPlaceholders()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(CultureInfo.GetCultureInfo("zh-CN"));

        Assert.Empty(english.Keys.Except(chinese.Keys));
        Assert.Empty(chinese.Keys.Except(english.Keys));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(chinese[key]), key);
            Assert.True(Placeholders(text).SetEquals(Placeholders(chinese[key])), $"{key}: placeholders differ");
        }
    }

    [Theory]
    [InlineData("zh-CN", "帮助")]
    [InlineData("zh-TW", "帮助")]
    [InlineData("zh", "帮助")]
    [InlineData("en-US", "help")]
    [InlineData("fr-FR", "help")]
    [InlineData(null, "help")]
    public void Locale_ChoosesTheLanguage(string? locale, string help) =>
        Assert.Equal(help, Texts.For(locale)["Command.help"]);

    [Fact]
    public void MissingKey_Throws_SoACardTestFailsInsteadOfShowingAKey() =>
        Assert.Throws<KeyNotFoundException>(() => Texts.Chinese["No.Such.Key"]);

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        var manager = new ResourceManager("LiaisonBot.Localization.Strings", typeof(Texts).Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for {culture.Name}.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static HashSet<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet();
}
