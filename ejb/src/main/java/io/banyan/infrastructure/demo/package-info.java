/** The first platform admin and the demo consultancies. */
package io.banyan.infrastructure.demo;
