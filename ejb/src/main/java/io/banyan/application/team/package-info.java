/** Staff, sign-in, invitations and password resets. */
package io.banyan.application.team;
