using System.Data.Common;

namespace AlignmentBot.Storage.Sql;

internal static class DbReaderExtensions
{
    public static string? NullableString(this DbDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : reader.GetString(i);
    }

    public static string String(this DbDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    /// <summary>'' marks an absent slice (see the measurements table); read it back as null.</summary>
    public static string? EmptyAsNull(this DbDataReader reader, string column) => reader.String(column) is { Length: > 0 } s ? s : null;

    public static Guid Guid(this DbDataReader reader, string column) => reader.GetGuid(reader.GetOrdinal(column));

    public static Guid? NullableGuid(this DbDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : reader.GetGuid(i);
    }

    public static decimal Decimal(this DbDataReader reader, string column) => reader.GetDecimal(reader.GetOrdinal(column));

    public static decimal? NullableDecimal(this DbDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : reader.GetDecimal(i);
    }

    public static int Int(this DbDataReader reader, string column) => Convert.ToInt32(reader.GetValue(reader.GetOrdinal(column)), System.Globalization.CultureInfo.InvariantCulture);

    public static bool Bool(this DbDataReader reader, string column) => reader.GetBoolean(reader.GetOrdinal(column));

    public static DateOnly Date(this DbDataReader reader, string column) => reader.GetFieldValue<DateOnly>(reader.GetOrdinal(column));

    public static DateOnly? NullableDate(this DbDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i);
    }

    public static DateTimeOffset Timestamp(this DbDataReader reader, string column)
        => reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal(column)).ToUniversalTime();

    public static DateTimeOffset? NullableTimestamp(this DbDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : reader.GetFieldValue<DateTimeOffset>(i).ToUniversalTime();
    }

    public static T Enum<T>(this DbDataReader reader, string column)
        where T : struct, System.Enum
        => System.Enum.Parse<T>(reader.String(column));

    public static T? NullableEnum<T>(this DbDataReader reader, string column)
        where T : struct, System.Enum
        => reader.NullableString(column) is { } s ? System.Enum.Parse<T>(s) : null;
}
