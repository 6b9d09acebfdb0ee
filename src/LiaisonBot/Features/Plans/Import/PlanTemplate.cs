using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>The plan workbook the secretariat fills in: samples/plans-2027.xlsx, served by the bot.</summary>
public static class PlanTemplate
{
    public static readonly WorkbookTemplate Workbook = new("/plans/template.xlsx", "Plans", "plan-template.xlsx");

    public static WebApplication MapPlanTemplate(this WebApplication app)
    {
        Workbook.Map(app);
        return app;
    }
}
