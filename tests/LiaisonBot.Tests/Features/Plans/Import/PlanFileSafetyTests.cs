using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Infrastructure;
using static LiaisonBot.Tests.Features.Plans.Import.PlanFiles;

namespace LiaisonBot.Tests.Features.Plans.Import;

public sealed class PlanFileSafetyTests
{
    private const string SheetEntry = "xl/worksheets/sheet1.xml";

    [Fact]
    public async Task TenThousandTaskRows_AreRefusedQuickly()
    {
        var file = Workbook(null, Enumerable.Range(1, 10_000).Select(n => Task(no: $"{n}")));
        var clock = Stopwatch.StartNew();

        var read = await ReadAsync(file);

        Assert.Equal(["任务表：超过 2000 行，请按联络组拆成几个文件分别上传。"], Lines(read, Texts.Chinese));
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task TooLongSheet_IsNotReadPastItsLimit()
    {
        // Rows past the limit are made unreadable: reaching them would make this an "unreadable file" error instead.
        var file = Rewrite(Workbook(null, Enumerable.Range(1, 30).Select(n => Task(no: $"{n}"))), SheetEntry,
            xml => xml[..xml.IndexOf("<x:row r=\"25\"", StringComparison.Ordinal)] + "<x:row r=\"25\"><<<");

        var read = await ReadAsync(file, limits: PlanFileLimits.Default with { MaxRows = 20 });

        Assert.Equal("Plans.File.TooManyRows", Assert.Single(read.Errors).Key);
        Assert.Equal("File.Unreadable", Assert.Single((await ReadAsync(file)).Errors).Key);
    }

    [Fact]
    public async Task CellAMillionRowsDown_IsRefusedWithoutWalkingEveryBlankRowBeforeIt()
    {
        var file = Rewrite(Workbook(null, [Task()]), SheetEntry,
            xml => Regex.Replace(xml, "r=\"([A-Z]*)2\"", "r=\"${1}1000000\""));
        var clock = Stopwatch.StartNew();

        var read = await ReadAsync(file);

        Assert.Equal("Plans.File.TooManyRows", Assert.Single(read.Errors).Key);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task TenThousandCsvRows_AreRefused()
    {
        var csv = Csv(TasksHeader, Enumerable.Range(1, 10_000).Select(n => Task(no: $"{n}")));

        var read = await ReadAsync(Utf8(csv), "任务.csv");

        Assert.Equal(("tasks", 0, "Plans.File.TooManyRows"), (read.Errors[0].Sheet, read.Errors[0].Row, read.Errors[0].Key));
    }

    [Fact]
    public async Task FileOverTheSizeLimit_IsRefused_WithoutReadingTheRest()
    {
        var upload = new EndlessStream();

        var read = await PlanFileReader.ReadAsync(upload, "计划.xlsx", SampleRoster.Roster, PlanFileLimits.Default,
            CancellationToken.None);

        Assert.Equal(["文件超过 5 MB。"], Lines(read, Texts.Chinese));
        Assert.InRange(upload.Served, 5 * 1024 * 1024, 6 * 1024 * 1024);
    }

    [Theory]
    [InlineData("png", "“计划.xlsx”不是 Excel 工作簿（.xlsx）或 CSV 文件。")]
    [InlineData("pdf", "“计划.xlsx”不是 Excel 工作簿（.xlsx）或 CSV 文件。")]
    [InlineData("binary-pdf", "“计划.xlsx”不是 Excel 工作簿（.xlsx）或 CSV 文件。")]
    [InlineData("xls", "“计划.xlsx”是旧版（.xls）或加密的工作簿，请用 Excel 或 WPS 打开，另存为不加密的 .xlsx 后重新上传。")]
    [InlineData("docx", "“计划.xlsx”无法读取：文件已损坏或不是 Excel 工作簿。请用 Excel 或 WPS 打开，另存为 .xlsx 后重新上传。")]
    [InlineData("truncated", "“计划.xlsx”无法读取：文件已损坏或不是 Excel 工作簿。请用 Excel 或 WPS 打开，另存为 .xlsx 后重新上传。")]
    [InlineData("empty", "文件是空的。")]
    [InlineData("header-only", "文件里没有计划或任务。")]
    [InlineData("other-sheets", "工作簿中没有名为“计划”或“任务”的工作表（现有：Sheet1、汇总）。")]
    [InlineData("unknown-csv", "无法识别这是哪张表：计划表应有“工作目标”等列，任务表应有“任务”“完成时限”等列。")]
    public async Task FileThatIsNoPlan_IsRefusedWithOneClearError(string kind, string shown)
    {
        var read = await ReadAsync(NoPlan(kind));

        Assert.Null(read.Workbook);
        Assert.Equal([shown], Lines(read, Texts.Chinese));
    }

    [Fact]
    public async Task ZipBomb_DeclaringItsSize_IsRefusedBeforeItIsInflated()
    {
        var bomb = Rewrite(Workbook(null, [Task()]), SheetEntry, _ => new string(' ', 60 * 1024 * 1024));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var read = await ReadAsync(bomb);

        Assert.Equal(["“计划.xlsx”解压后的数据量远超计划所需，未予读取。"], Lines(read, Texts.Chinese));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 10 * 1024 * 1024);
    }

    [Fact]
    public async Task ZipEntryPackedBeyondAnyRealRatio_IsRefused()
    {
        var bomb = Rewrite(Workbook(null, [Task()]), SheetEntry, xml => xml + new string(' ', 20 * 1024 * 1024));

        var read = await ReadAsync(bomb);

        Assert.Equal("Plans.File.ZipBomb", Assert.Single(read.Errors).Key);
    }

    [Fact]
    public async Task ZipBomb_LyingAboutItsSize_IsRefusedWithoutInflatingIt()
    {
        var bomb = Rewrite(Workbook(null, [Task()]), SheetEntry, xml => xml.Replace("</x:sheetData>", new string(' ', 100 * 1024 * 1024) + "</x:sheetData>"));
        DeclareSize(bomb, SheetEntry, 4096);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var read = await ReadAsync(bomb);

        Assert.Null(read.Workbook);
        Assert.Contains(Assert.Single(read.Errors).Key, new[] { "Plans.File.ZipBomb", "File.Unreadable" });
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 20 * 1024 * 1024);
    }

    private static byte[] NoPlan(string kind) => kind switch
    {
        "png" => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4zwAE/8EIRAAAIe4D/RMpQs8AAAAASUVORK5CYII="),
        "pdf" => Utf8("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
        "binary-pdf" => [.. Utf8("%PDF-1.7\n%"), 0xE2, 0xE3, 0xCF, 0xD3, .. Utf8("\n3 0 obj << /Length 6 /Filter /FlateDecode >> stream\n"),
            0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01, .. Utf8("\nendstream endobj\n%%EOF\n")],
        "xls" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]],
        "docx" => Zip(("word/document.xml", "<w:document/>"), ("[Content_Types].xml", "<Types/>")),
        "truncated" => Workbook(null, [Task()])[..1000],
        "empty" => [],
        "header-only" => Workbook([], []),
        "other-sheets" => Sheets(new Dictionary<string, IEnumerable<object?[]>> { ["Sheet1"] = [TasksHeader], ["汇总"] = [["合计"]] }),
        "unknown-csv" => Utf8("姓名,电话\n张三,123\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return stream.ToArray();
    }

    /// <summary>The workbook with one entry's text changed, every other entry as it was.</summary>
    private static byte[] Rewrite(byte[] workbook, string entryName, Func<string, string> change)
    {
        using var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        return Zip([.. source.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            var text = reader.ReadToEnd();
            return (e.FullName, e.FullName == entryName ? change(text) : text);
        })]);
    }

    /// <summary>Overwrites an entry's uncompressed size in its local header and in the central directory.</summary>
    private static void DeclareSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        foreach (var (signature, nameAt, sizeAt) in new[] { (0x04034b50u, 30, 22), (0x02014b50u, 46, 24) })
        {
            var at = Enumerable.Range(0, zip.Length - nameAt - name.Length)
                .First(i => BitConverter.ToUInt32(zip, i) == signature && zip.AsSpan(i + nameAt, name.Length).SequenceEqual(name));
            BitConverter.TryWriteBytes(zip.AsSpan(at + sizeAt, 4), size);
        }
    }

    /// <summary>An upload that never ends, counting what was taken from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Served += count;
            return count;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
