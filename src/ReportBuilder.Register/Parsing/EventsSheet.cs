using ReportBuilder.Register.Model;

namespace ReportBuilder.Register.Parsing;

/// <summary>Reads the Events sheet's rows into <see cref="CourtEvent"/> records.</summary>
internal static class EventsSheet
{
    public static IEnumerable<CourtEvent> Read(SheetTable t)
    {
        foreach (var row in t.DataRows)
        {
            var id = t.RequiredText(row, "EventId");
            var personId = t.RequiredText(row, "PersonId");
            var date = t.Date(row, "Date", required: true);
            var type = t.Choice<EventType>(row, "Type", required: true, ChoiceText.TryEventType, ChoiceText.EventTypeValues);
            var punishment = t.Choice<Punishment>(row, "Punishment", required: false, ChoiceText.TryPunishment, ChoiceText.PunishmentValues);
            var publish = t.Choice<bool>(row, "Publish", required: false, ChoiceText.TryPublish, ChoiceText.PublishValues);
            t.CheckTranslations(row);
            var evt = new CourtEvent
            {
                Id = id ?? "",
                PersonId = personId ?? "",
                Date = date ?? default,
                Type = type ?? EventType.Other,
                CourtEn = t.Text(row, "CourtEn"),
                CourtRu = t.Text(row, "CourtRu"),
                JudgeEn = t.Text(row, "JudgeEn"),
                JudgeRu = t.Text(row, "JudgeRu"),
                Article = t.Text(row, "Article"),
                Part = t.Text(row, "Part"),
                Punishment = punishment,
                TermMonths = t.Int(row, "TermMonths"),
                PreviousTermMonths = t.Int(row, "PreviousTermMonths"),
                CommunityServiceHours = t.Int(row, "CommunityServiceHours"),
                ActivityBanYears = t.Int(row, "ActivityBanYears"),
                SocialMediaBanYears = t.Int(row, "SocialMediaBanYears"),
                CourtFeesKzt = t.Decimal(row, "CourtFeesKzt"),
                FundPaymentKzt = t.Decimal(row, "FundPaymentKzt"),
                ExpertiseFeeKzt = t.Decimal(row, "ExpertiseFeeKzt"),
                FineKzt = t.Decimal(row, "FineKzt"),
                DetailsEn = t.Text(row, "DetailsEn"),
                DetailsRu = t.Text(row, "DetailsRu"),
                Publish = publish ?? true,
                Source = t.Text(row, "Source"),
                Extra = t.ExtraValues(row),
                Row = t.Source(row),
            };
            if (id is not null) yield return evt;
        }
    }
}
