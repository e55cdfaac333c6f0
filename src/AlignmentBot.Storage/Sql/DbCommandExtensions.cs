using System.Data.Common;

namespace AlignmentBot.Storage.Sql;

internal static class DbCommandExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand With(this DbCommand command, ISqlDialect dialect, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = dialect.ToDb(value);
        command.Parameters.Add(parameter);
        return command;
    }

    public static DbCommand With(this DbCommand command, ISqlDialect dialect, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.With(dialect, name, value);
        }

        return command;
    }
}
