using System.Text;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Plans.Import;

public sealed class PlanTemplateTests
{
    [Fact]
    public async Task CommittedSamples_AreWhatTheTemplateGeneratorWrites()
    {
        if (Environment.GetEnvironmentVariable("LIAISONBOT_WRITE_SAMPLES") == "1")
        {
            PlanTemplate.Write(RepoTools.PathOf("samples"));
        }

        var workbook = await PlanFiles.ReadAsync(await File.ReadAllBytesAsync(RepoTools.PathOf("samples", PlanTemplate.WorkbookFile)));
        var csv = await File.ReadAllBytesAsync(RepoTools.PathOf("samples", PlanTemplate.CsvFile));

        Assert.Equal(PlanFiles.Json(new PlanFileRead(PlanTemplate.Expected, [])), PlanFiles.Json(workbook));
        Assert.Equal([.. Encoding.UTF8.Preamble, .. PlanFiles.Utf8(PlanTemplate.Csv())], csv);
    }
}
