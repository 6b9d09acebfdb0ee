using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Features.Reports;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Plans;

public static class PlansFeature
{
    public static IServiceCollection AddPlans(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPlanImport(configuration);
        services.AddTable(PlanReminders.Table);
        services.AddSingleton<PlanPublisher>();
        services.AddSingleton<PlanCommands>();
        services.AddSingleton<PlanFigures>();
        services.AddSingleton<IReportTaskSource, PlanTaskSource>();
        services.AddSingleton<PlanAdminCommands>();
        services.AddSingleton<PlanUpload>();
        services.AddSingleton<PlanReminders>();
        services.AddHostedService<PlanReminderService>();
        services.AddHttpContextAccessor();
        services.AddHttpClient(PlanUpload.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        return services;
    }

    /// <summary>What reading and importing a plan file needs, and no more: shared by the bot and the <c>import-plans</c> verb.</summary>
    public static IServiceCollection AddPlanImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkCalendar(configuration);
        services.Configure<PlanOptions>(configuration.GetSection("Plans"));
        services.AddTable(PlanStore.PlansTable);
        services.AddTable(PlanStore.TasksTable);
        services.AddSingleton<PlanStore>();
        return services.AddSingleton<PlanImporter>();
    }

    public static WebApplication MapPlans(this WebApplication app)
    {
        var plans = app.Services.GetRequiredService<PlanCommands>();
        var admin = app.Services.GetRequiredService<PlanAdminCommands>();
        app.Services.GetRequiredService<CommandCatalog>()
            .Add(PlanCommands.MyTasksCommand, plans.MyTasksAsync)
            .Add(PlanCommands.GroupPlanCommand, plans.GroupPlanAsync)
            .Add(PlanAdminCommands.PlansCommand, admin.OverviewAsync)
            .Verb(PlanVerbs.Progress, Roles.Member, plans.ProgressAsync)
            .Verb(PlanVerbs.ProgressSave, Roles.Member, plans.SaveProgressAsync)
            .Verb(PlanVerbs.View, Roles.Secretariat, admin.ViewAsync)
            .Verb(PlanVerbs.Publish, Roles.Secretariat, admin.PublishAsync)
            .Verb(PlanVerbs.EditTask, Roles.Secretariat, admin.EditTaskAsync)
            .Verb(PlanVerbs.SaveTask, Roles.Secretariat, admin.SaveTaskAsync)
            .Verb(PlanVerbs.CancelTask, Roles.Secretariat, admin.CancelTaskAsync);
        app.Services.GetRequiredService<Router>().Files(app.Services.GetRequiredService<PlanUpload>().HandleAsync);

        // The template the secretariat fills in; the same workbook ships in samples/.
        var template = Path.Combine(AppContext.BaseDirectory, "Plans", "plan-template.xlsx");
        app.MapGet(PlanAdminCommands.TemplatePath, () => Results.File(template, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "plan-template.xlsx"));
        return app;
    }
}
