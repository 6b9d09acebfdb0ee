
namespace LiaisonBot.Features.Plans.Import;

/// <summary>The workbook the secretariat fills in, served by the bot; the build copies it from samples/, so the two never drift apart.</summary>
public static class PlanTemplate
{
    public const string Path = "/plans/template.xlsx";

    private const string FileName = "plan-template.xlsx";

    public static WebApplication MapPlanTemplate(this WebApplication app)
    {
        var file = System.IO.Path.Combine(AppContext.BaseDirectory, "Plans", FileName);
        app.MapGet(Path, () => Results.File(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName));
        return app;
    }
}
