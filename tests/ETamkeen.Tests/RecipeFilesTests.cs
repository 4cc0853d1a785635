using ETamkeen.Recipes;
using Xunit;

namespace ETamkeen.Tests;

public sealed class RecipeFilesTests
{
    [Fact]
    public void Side_files_are_found_inside_the_recipe_folder_only()
    {
        var folder = Directory.CreateTempSubdirectory("etk-recipe-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "media"));
            File.WriteAllText(Path.Combine(folder, "media", "affiche.txt"), "e-TAMKEEN");
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(folder)!, "outside.txt"), "secret");

            Assert.Equal(Path.Combine(folder, "media", "affiche.txt"), RecipeFiles.Find(folder, "media/affiche.txt"));
            Assert.Null(RecipeFiles.Find(folder, "media/missing.txt"));
            Assert.Null(RecipeFiles.Find(folder, "../outside.txt"));
            Assert.Null(RecipeFiles.Find(folder, "media/../../outside.txt"));
            Assert.Null(RecipeFiles.Find(folder, Path.Combine(folder, "media", "affiche.txt")));
            Assert.Null(RecipeFiles.Find(null, "media/affiche.txt"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
