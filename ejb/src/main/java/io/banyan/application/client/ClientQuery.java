package io.banyan.application.client;

/**
 * What the client list shows: an optional search over name and industry, whether archived
 * clients are included, and the sort.
 */
public record ClientQuery(String search, boolean includeArchived, SortField sort, boolean ascending) {

  public enum SortField {
    NAME("c.name"),
    INDUSTRY("c.industry"),
    CREATED("c.createdAt");

    final String path;

    SortField(String path) {
      this.path = path;
    }
  }

  public ClientQuery {
    search = search == null || search.isBlank() ? null : search.trim();
    sort = sort == null ? SortField.NAME : sort;
  }

  public static ClientQuery all() {
    return new ClientQuery(null, false, SortField.NAME, true);
  }
}
