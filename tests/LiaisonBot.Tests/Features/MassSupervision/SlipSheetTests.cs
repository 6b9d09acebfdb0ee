using System.Text;
using LiaisonBot.Features.MassSupervision.Slips;
using LiaisonBot.Tests.Infrastructure;
using SkiaSharp;
using ZXing;
using ZXing.Common;
using ZXing.Multi.QrCode;

namespace LiaisonBot.Tests.Features.MassSupervision;

/// <summary>
/// A batch of slips as a township's secretariat prints it: every QR code, scanned off the printed page, opens its own
/// ballot; the codes and the instructions are real text. The PDF and its pages (screenshots/slips.pdf, slips-N.png) are kept to look at.
/// </summary>
public sealed class SlipSheetTests
{
    private const string Title = "2027年度县政协委员联络组群众评议";
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static readonly string[] Groups = ["城关镇联络组", "县发展和改革局、县统计局、县审计局联络组", "青山乡联络组"];

    private static readonly IReadOnlyList<Slip> Nine = [.. Enumerable.Range(0, 9).Select(n =>
    {
        var code = new string(new Random(n).GetItems<char>(Alphabet, 10));
        return new Slip(code, Groups[n % Groups.Length], new Uri($"https://lianluo.example.gov.cn/v/#{code}"));
    })];

    [Fact]
    public async Task NineSlips_PrintedOnTwoPages_EachQrCodeOpensItsOwnBallot()
    {
        var pages = await RenderAsync(SlipSheet.Pdf(Nine, Title));

        Assert.Equal(2, pages.Count);
        var scanned = pages.SelectMany(Scan).ToList();
        Assert.Equal(Nine.Select(s => s.BallotLink.AbsoluteUri).Order(StringComparer.Ordinal), scanned.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TextLayer_HoldsEachCodeInGroupsOfFive_TheAddressAndTheChineseInstructions()
    {
        var text = await TextAsync(SlipSheet.Pdf(Nine, Title));

        Assert.All(Nine, s => Assert.Contains($"{s.Code[..5]} {s.Code[5..]}", text));
        Assert.Contains("https://lianluo.example.gov.cn/v/", text);
        Assert.Contains(Kc("用手机扫描二维码，或打开网址输入评议码。"), text);
        Assert.Contains(Kc("每张评议码只能使用一次，评议不记名。"), text);
        Assert.Contains(Kc("县发展和改革局、县统计局、县审计局联络组"), text);
        Assert.Contains("共9张", text);
    }

    [Fact]
    public void LongNamesCodesAndAddresses_ShrinkInsideTheirSlip_NeverAcrossACutLine()
    {
        var code = "ABCDEFGHJKLMNPQR";
        var slip = new Slip(code, "县人民政府办公室、县发展和改革局、县统计局、县审计局、县财政局联络组", new Uri($"https://lianluo-pingyi.example.county.gov.cn/mass-supervision/ballot/#{code}"));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(SlipSheet.Pdf([slip, slip], Title));

        var letters = pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.Contains("ABCDEFGHJKLMNPQR", string.Concat(letters.Select(l => l.Value)));
        const float Middle = 595f / 2;
        Assert.All(letters, l => Assert.False(l.BoundingBox.Left < Middle && l.BoundingBox.Right > Middle, $"'{l.Value}' crosses the middle cut line"));
        Assert.All(letters, l => Assert.InRange(l.BoundingBox.Right, 0, 595 - 28));
    }

    /// <summary>The pages as a 150 dpi print would come out, in the PNGs kept as test artifacts.</summary>
    private static async Task<IReadOnlyList<string>> RenderAsync(byte[] pdf)
    {
        var dir = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        foreach (var old in Directory.GetFiles(dir, "slips-*.png"))
        {
            File.Delete(old);
        }

        var path = Path.Combine(dir, "slips.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var result = await RepoTools.RunAsync("pdftoppm", ["-r", "150", "-png", path, Path.Combine(dir, "slips")], env: null);
        Assert.True(result.ExitCode == 0, result.Output);
        return [.. Directory.GetFiles(dir, "slips-*.png").Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Scan(string png)
    {
        using var page = SKBitmap.Decode(png);
        using var grey = new SKBitmap(page.Width, page.Height, SKColorType.Gray8, SKAlphaType.Opaque);
        Assert.True(page.CopyTo(grey, SKColorType.Gray8));
        var source = new RGBLuminanceSource(grey.Bytes, grey.Width, grey.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        return new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(source)), hints)?.Select(r => r.Text) ?? [];
    }

    /// <summary>The text a reader copies out of the PDF, in NFKC: the font's shared glyphs come out as radicals (⽼ for 老).</summary>
    private static async Task<string> TextAsync(byte[] pdf)
    {
        var dir = Directory.CreateTempSubdirectory("slips");
        try
        {
            var path = Path.Combine(dir.FullName, "slips.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            var result = await RepoTools.RunAsync("pdftotext", [path, "-"], env: null);
            Assert.True(result.ExitCode == 0, result.Output);
            return Kc(result.Output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>NFKC also turns Chinese full-width commas into ASCII ones, so expected text goes through it too.</summary>
    private static string Kc(string text) => text.Normalize(NormalizationForm.FormKC);
}
