using Dapper;
using ETamkeen.Data;
using ETamkeen.Trainings.Migrations;

namespace ETamkeen.Trainings.Services;

/// <summary>Which users are focal points of which administrations (a user may serve several).</summary>
public sealed class FocalPointStore(IDbConnectionFactory db)
{
    private const string Table = "\"" + TrainingRecordsMigrations.FocalPoints + "\"";

    public async Task<IReadOnlyList<string>> AdministrationsOfAsync(string userName)
    {
        await using var connection = await db.OpenAsync();
        return [.. await connection.QueryAsync<string>($"SELECT \"AdministrationId\" FROM {Table} WHERE \"UserName\" = @userName ORDER BY \"AdministrationId\"", new { userName })];
    }

    public async Task<IReadOnlyList<string>> UsersOfAsync(string administrationId)
    {
        await using var connection = await db.OpenAsync();
        return [.. await connection.QueryAsync<string>($"SELECT \"UserName\" FROM {Table} WHERE \"AdministrationId\" = @administrationId ORDER BY \"UserName\"", new { administrationId })];
    }

    public async Task<IReadOnlyList<(string UserName, string AdministrationId)>> ListAsync()
    {
        await using var connection = await db.OpenAsync();
        return [.. await connection.QueryAsync<(string, string)>($"SELECT \"UserName\", \"AdministrationId\" FROM {Table} ORDER BY \"UserName\", \"AdministrationId\"")];
    }

    public async Task AddAsync(string userName, string administrationId)
    {
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(
            $"INSERT INTO {Table} (\"UserName\", \"AdministrationId\") VALUES (@userName, @administrationId) ON CONFLICT (\"UserName\", \"AdministrationId\") DO NOTHING",
            new { userName, administrationId });
    }

    public async Task<bool> RemoveAsync(string userName, string administrationId)
    {
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteAsync($"DELETE FROM {Table} WHERE \"UserName\" = @userName AND \"AdministrationId\" = @administrationId", new { userName, administrationId }) > 0;
    }
}
