package io.banyan.web.plan;

import io.banyan.infrastructure.html.Guidance;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * Shows guidance rich text. It is cleaned against the allow-list again at render time, so that
 * markup reaches the page only through the sanitizer, whatever is in the database.
 */
@FacesComponent(SafeHtml.TYPE)
public class SafeHtml extends UIComponentBase {

  public static final String TYPE = "io.banyan.SafeHtml";

  @Override
  public String getFamily() {
    return "io.banyan";
  }

  @Override
  public void encodeBegin(FacesContext context) throws IOException {
    Object value = getAttributes().get("value");
    String clean = value == null ? null : Guidance.show(value.toString());
    if (clean == null) {
      return;
    }
    ResponseWriter writer = context.getResponseWriter();
    writer.startElement("div", this);
    writer.writeAttribute("class", "guidance", null);
    writer.write(clean);
    writer.endElement("div");
  }
}
