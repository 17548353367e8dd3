package io.banyan.web.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table model over a service that counts and pages: only the rows shown are
 * ever loaded.
 */
public class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Loads one page: first row and page size. */
  public interface Loader<T> extends Serializable {
    List<T> load(int first, int size, Map<String, SortMeta> sortBy);
  }

  /** Counts all rows. */
  public interface Counter extends Serializable {
    long count();
  }

  private final Counter counter;
  private final Loader<T> loader;
  private final SerializableKey<T> key;

  public interface SerializableKey<T> extends Function<T, Object>, Serializable {}

  public PagedModel(Counter counter, Loader<T> loader, SerializableKey<T> key) {
    this.counter = counter;
    this.loader = loader;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, counter.count());
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return loader.load(first, pageSize, sortBy);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }

  @Override
  public T getRowData(String rowKey) {
    return getWrappedData() == null ? null
        : getWrappedData().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }
}
