namespace AlignmentBot.Storage.Migrations;

public sealed record Migration(int Version, string Name, string Sql);
