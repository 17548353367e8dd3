/** Plan templates: authoring, versions and the starter template. */
package io.banyan.application.plan;
