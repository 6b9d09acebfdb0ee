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

        // Chinese has one plural form, so an English ".One" text has no Chinese twin; its ".Other" has.
        Assert.Empty(english.Keys.Where(k => !k.EndsWith(".One", StringComparison.Ordinal)).Except(chinese.Keys));
        Assert.Empty(chinese.Keys.Except(english.Keys));
        Assert.All(english.Keys.Where(k => k.EndsWith(".One", StringComparison.Ordinal)), k => Assert.Contains(k[..^4] + ".Other", chinese.Keys));
        Assert.DoesNotContain(chinese.Keys, k => k.EndsWith(".One", StringComparison.Ordinal));
        foreach (var (key, text) in english.Where(e => chinese.ContainsKey(e.Key)))
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

    [Theory]
    [InlineData(0, "0 reports", "0 条")]
    [InlineData(1, "1 report", "1 条")]
    [InlineData(2, "2 reports", "2 条")]
    [InlineData(21, "21 reports", "21 条")]
    public void Plural_PicksTheFormOfTheCount_InEachLanguage(int n, string english, string chinese)
    {
        Assert.Equal(english, Texts.English.Plural("Report.Count", n));
        Assert.Equal(chinese, Texts.Chinese.Plural("Report.Count", n));
    }

    [Fact]
    public void Plural_FormatsFurtherArguments_AfterTheCount() =>
        Assert.Equal("1 report · page 1 of 2", Texts.English.Plural("Report.Page", 1, 1, 2));

    [Fact]
    public void NoEnglishText_CountsWithAParenthesisedPlural_OrFullWidthBrackets()
    {
        var english = Read(CultureInfo.InvariantCulture);

        Assert.DoesNotContain(english, e => e.Value.Contains("(s)", StringComparison.Ordinal));
        Assert.DoesNotContain(english, e => e.Value.IndexOfAny(['（', '）', '：', '，']) >= 0);
    }

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
