package io.banyan.web.platform;

import io.banyan.application.mail.MailLog;
import io.banyan.domain.mail.OutboundMail;
import io.banyan.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Mail Banyan sent or, without an SMTP server, kept so that a demo can follow its links. */
@Named
@ViewScoped
public class MailOutbox implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MailLog mailLog;

  private PagedModel<OutboundMail> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>(() -> mailLog.count(), (first, size, sort) -> mailLog.page(first, size), OutboundMail::getId);
  }

  public PagedModel<OutboundMail> getModel() {
    return model;
  }
}
