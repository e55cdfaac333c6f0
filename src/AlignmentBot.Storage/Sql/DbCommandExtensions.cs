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

    /// <summary>
    /// For a command run once per row: the first call adds the parameters, later calls only set their values (same names,
    /// same order), so a page of rows does not allocate and attach a new set of parameters for every row.
    /// </summary>
    public static DbCommand Rebind(this DbCommand command, ISqlDialect dialect, params (string Name, object? Value)[] parameters)
    {
        if (command.Parameters.Count == 0)
        {
            return command.With(dialect, parameters);
        }

        if (command.Parameters.Count != parameters.Length)
        {
            throw new ArgumentException($"The command has {command.Parameters.Count} parameters, {parameters.Length} were given.", nameof(parameters));
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = command.Parameters[i];
            if (!string.Equals(parameter.ParameterName, parameters[i].Name, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Parameter {i} is {parameter.ParameterName}, not {parameters[i].Name}.", nameof(parameters));
            }

            parameter.Value = dialect.ToDb(parameters[i].Value);
        }

        return command;
    }
}
