using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace MedSec.Web.Components.Layout;

/// <summary>One entry of the navigation drawer.</summary>
public sealed record NavItem(string Title, string Href, string Icon, NavLinkMatch Match = NavLinkMatch.Prefix);

/// <summary>The pages listed in the navigation drawer, in order. Adding a page to the menu is one line here.</summary>
public static class NavItems
{
    public static readonly IReadOnlyList<NavItem> All =
    [
        new("Accueil", "/", Icons.Material.Outlined.Home, NavLinkMatch.All),
        new("Vue d'ensemble", "/apercu", Icons.Material.Outlined.Insights),
        new("Comparer mon salaire", "/comparer", Icons.Material.Outlined.CompareArrows),
        new("Parcours de carrière", "/parcours", Icons.Material.Outlined.Route),
        new("Données", "/donnees", Icons.Material.Outlined.UploadFile),
        new("Méthode et sources", "/methodologie", Icons.Material.Outlined.MenuBook),
        new("Grille salariale", "/grille-salariale", Icons.Material.Outlined.TableChart),
    ];
}
