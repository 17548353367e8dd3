package io.banyan.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A text box's line breaks as the person sees them: one character each. A browser sends every
 * line break of a form as CR LF, so without this a list of lines that fits its box would be
 * counted over its limit by one for each line, and refused.
 */
@FacesConverter("io.banyan.LineBreaks")
public class LineBreaks implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    return value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n');
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }
}
