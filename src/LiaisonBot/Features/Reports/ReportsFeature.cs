using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Reports;

public static class ReportsFeature
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkCalendar(configuration);
        services.AddTable(ReportStore.Table);
        services.AddSingleton<ReportStore>();
        services.AddSingleton<FiledActivities>();
        services.AddSingleton<ReportCommands>();
        return services;
    }

    public static WebApplication MapReports(this WebApplication app)
    {
        var reports = app.Services.GetRequiredService<ReportCommands>();
        app.Services.GetRequiredService<CommandCatalog>()
            .Add(ReportCommands.ReportCommand, reports.FormAsync)
            .Add(ReportCommands.MineCommand, reports.MineAsync)
            .Add(ReportCommands.GroupCommand, reports.GroupAsync)
            .Add(ReportCommands.AllCommand, reports.AllAsync)
            .Verb(ReportVerbs.Submit, Roles.Member, reports.SubmitAsync)
            .Verb(ReportVerbs.Open, Roles.Member, reports.OpenAsync)
            .Verb(ReportVerbs.Edit, Roles.Member, reports.EditAsync)
            .Verb(ReportVerbs.Withdraw, Roles.Member, reports.WithdrawAsync)
            .Verb(ReportVerbs.WithdrawConfirm, Roles.Member, reports.ConfirmWithdrawAsync);
        return app;
    }
}
