/** People of a consultancy: accounts, their roles and the single-use links that let them in. */
package io.banyan.domain.team;
