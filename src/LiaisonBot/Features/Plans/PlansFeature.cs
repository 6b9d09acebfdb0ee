using LiaisonBot.App;
using LiaisonBot.App.Uploads;
using LiaisonBot.Calendar;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Features.Plans.Publishing;
using LiaisonBot.Features.Plans.Reminders;
using LiaisonBot.Features.Reports;
using LiaisonBot.Hosting;
using LiaisonBot.Protocol;
using LiaisonBot.Reminders;
using LiaisonBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LiaisonBot.Features.Plans;

public static class PlansFeature
{
    public static IServiceCollection AddPlans(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPlanImport(configuration);
        services.AddSingleton<PlanFigures>();
        services.AddSingleton<IReportTaskSource, PlanTaskSource>();
        services.AddSingleton<MyTasks>();
        services.AddSingleton<UpdateProgress>();
        services.AddSingleton<GroupPlan>();
        services.AddSingleton<PlansOverview>();
        services.AddSingleton<EditTask>();
        services.AddSingleton<PlanPublisher>();
        services.AddSingleton<PublishPlans>();
        services.AddSingleton<IUploadImport, PlanUpload>();
        services.AddReminderPass<PlanReminders>(configuration);
        return services;
    }

    /// <summary>What reading and importing a plan file needs, and no more: shared by the bot and the <c>import-plans</c> verb.</summary>
    public static IServiceCollection AddPlanImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkCalendar(configuration);
        services.AddCheckedOptions<PlanOptions>().Bind(configuration.GetSection(PlanOptions.Section));
        services.AddTable(PlanStore.PlansTable);
        services.AddTable(PlanStore.TasksTable);
        services.AddSingleton<PlanStore>();
        services.TryAddSingleton<RecordChanges>();
        services.AddSingleton<PlanTaskRecords>();
        return services.AddSingleton<PlanImporter>();
    }

    public static WebApplication MapPlans(this WebApplication app)
    {
        var s = app.Services;
        var progress = s.GetRequiredService<UpdateProgress>();
        var groupPlan = s.GetRequiredService<GroupPlan>();
        var edit = s.GetRequiredService<EditTask>();
        s.GetRequiredService<CommandCatalog>()
            .Add(MyTasks.Command, s.GetRequiredService<MyTasks>().ShowAsync)
            .Add(GroupPlan.Command, groupPlan.ShowAsync)
            .Add(PlansOverview.Command, s.GetRequiredService<PlansOverview>().ShowAsync)
            .Verb(PlanVerbs.Progress, Roles.Member, progress.FormAsync)
            .Verb(PlanVerbs.ProgressSave, Roles.Member, progress.SaveAsync)
            .Verb(PlanVerbs.View, Roles.Secretariat, groupPlan.ViewAsync)
            .Verb(PlanVerbs.Publish, Roles.Secretariat, s.GetRequiredService<PublishPlans>().PublishAsync)
            .Verb(PlanVerbs.EditTask, Roles.Secretariat, edit.EditAsync)
            .Verb(PlanVerbs.SaveTask, Roles.Secretariat, edit.SaveAsync)
            .Verb(PlanVerbs.CancelTask, Roles.Secretariat, edit.CancelAsync);
        return app.MapPlanTemplate();
    }
}
