namespace MedSec.Web.Components.Forms;

/// <summary>What <see cref="ConfirmDeletion"/> asks before a deletion: its title ("Supprimer l'import ?") and the sentence
/// that says what would be deleted.</summary>
public sealed record DeletionQuestion(string Title, string Text);
