using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Features.Reports.Organised;
using LiaisonBot.Features.Reports.Summaries;
using LiaisonBot.Features.Reports.Verification;
using LiaisonBot.Reminders;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Reports;

public static class ReportsFeature
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReportRecords(configuration);
        services.AddSingleton<AuthorTasks>();
        services.AddSingleton<FileReport>();
        services.AddSingleton<EditReport>();
        services.AddSingleton<OpenReport>();
        services.AddSingleton<WithdrawReport>();
        services.AddSingleton<MyReports>();
        services.AddSingleton<GroupSummary>();
        services.AddSingleton<AllSummary>();
        services.AddSingleton<ToVerify>();
        services.AddSingleton<VerifyReport>();
        services.AddSingleton<ReturnReport>();
        services.AddReminderPass<VerificationDigest>(configuration);
        services.AddSingleton<RecordForMembers>();
        services.AddSingleton<DisputeRecord>();
        services.AddSingleton<SettleDispute>();
        return services;
    }

    /// <summary>The reports and their read model, without the chat side: shared by the bot and the command-line verbs that read reports.</summary>
    public static IServiceCollection AddReportRecords(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkCalendar(configuration);
        services.AddTable(ReportStore.Table);
        services.AddSingleton<ReportStore>();
        return services.AddSingleton<FiledActivities>();
    }

    public static WebApplication MapReports(this WebApplication app)
    {
        var s = app.Services;
        var file = s.GetRequiredService<FileReport>();
        var withdraw = s.GetRequiredService<WithdrawReport>();
        var returning = s.GetRequiredService<ReturnReport>();
        var reviewers = Roles.Leader | Roles.Secretariat;
        s.GetRequiredService<CommandCatalog>()
            .Add(FileReport.Command, file.FormAsync)
            .Add(MyReports.Command, s.GetRequiredService<MyReports>().ListAsync)
            .Add(GroupSummary.Command, s.GetRequiredService<GroupSummary>().ShowAsync)
            .Add(AllSummary.Command, s.GetRequiredService<AllSummary>().ShowAsync)
            .Add(ToVerify.Command, s.GetRequiredService<ToVerify>().ShowAsync)
            .Add(RecordForMembers.Command, s.GetRequiredService<RecordForMembers>().FormAsync)
            .Verb(ReportVerbs.Submit, Roles.Member, file.SubmitAsync)
            .Verb(ReportVerbs.Open, Roles.Member, s.GetRequiredService<OpenReport>().OpenAsync)
            .Verb(ReportVerbs.Edit, Roles.Member, s.GetRequiredService<EditReport>().EditAsync)
            .Verb(ReportVerbs.Withdraw, Roles.Member, withdraw.AskAsync)
            .Verb(ReportVerbs.WithdrawConfirm, Roles.Member, withdraw.ConfirmAsync)
            .Verb(ReportVerbs.Verify, reviewers, s.GetRequiredService<VerifyReport>().VerifyAsync)
            .Verb(ReportVerbs.Return, reviewers, returning.AskAsync)
            .Verb(ReportVerbs.ReturnConfirm, reviewers, returning.ConfirmAsync)
            .Verb(ReportVerbs.Record, reviewers, s.GetRequiredService<RecordForMembers>().RecordAsync)
            .Verb(ReportVerbs.Dispute, Roles.Member, s.GetRequiredService<DisputeRecord>().AskAsync)
            .Verb(ReportVerbs.DisputeConfirm, Roles.Member, s.GetRequiredService<DisputeRecord>().ConfirmAsync)
            .Verb(ReportVerbs.Remove, reviewers, s.GetRequiredService<SettleDispute>().RemoveAsync)
            .Verb(ReportVerbs.Keep, reviewers, s.GetRequiredService<SettleDispute>().KeepAsync);
        return app;
    }
}
