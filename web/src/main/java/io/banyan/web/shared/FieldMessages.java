package io.banyan.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of the fields inside the form being rendered, and none else. A question's form
 * shows what its own fields got wrong; page-level messages (a plan moved, homework handed out)
 * belong to the page's one message area, not to every question on it.
 */
@Named
@RequestScoped
public class FieldMessages {

  public List<String> getInThisForm() {
    FacesContext context = FacesContext.getCurrentInstance();
    UIComponent form = UIComponent.getCurrentComponent(context);
    while (form != null && !(form instanceof UIForm)) {
      form = form.getParent();
    }
    if (form == null) {
      return List.of();
    }
    String prefix = form.getClientId(context) + UINamingContainer.getSeparatorChar(context);
    List<String> summaries = new ArrayList<>();
    for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
      String id = ids.next();
      if (id != null && id.startsWith(prefix)) {
        for (Iterator<FacesMessage> messages = context.getMessages(id); messages.hasNext(); ) {
          FacesMessage message = messages.next();
          message.rendered();
          if (!summaries.contains(message.getSummary())) {
            summaries.add(message.getSummary());
          }
        }
      }
    }
    return summaries;
  }
}
