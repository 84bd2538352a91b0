-- The audit universe a new installation starts with (9.2.2): the ISMS processes by clause and the Annex A controls in
-- groups an auditor can cover in one audit, with an importance the ISMS manager adjusts. Owners are named by the
-- organisation.
insert into audit_area (name, description, importance, version) values
    ('Context and scope', 'Internal and external issues, interested parties, the ISMS scope (4.1–4.4)', 3, 0),
    ('Leadership, policy and roles', 'Top management commitment, the information security policy, roles and authorities (5.1–5.3)', 3, 0),
    ('Risk assessment and treatment', 'Risk criteria, assessment, treatment, the SoA and objectives; operation of the plans (6.1–6.3, 8.1–8.3)', 5, 0),
    ('Support', 'Resources, competence, awareness, communication and documented information (7.1–7.5)', 3, 0),
    ('Performance evaluation and improvement', 'Monitoring and measurement, internal audit, management review, nonconformity and corrective action (9.1–9.3, 10.1, 10.2)', 4, 0),
    ('Governance, assets and suppliers', 'Organizational controls A.5.1–A.5.23: policies, roles, asset management, access, supplier relationships, cloud services', 4, 0),
    ('Incidents, continuity and compliance', 'Organizational controls A.5.24–A.5.37: incident management, continuity, legal and contractual requirements, reviews, procedures', 4, 0),
    ('People', 'People controls A.6.1–A.6.8: screening, terms of employment, awareness, discipline, remote working, reporting events', 3, 0),
    ('Physical security', 'Physical controls A.7.1–A.7.14: perimeters, entry, offices, monitoring, equipment, media, cabling, maintenance, disposal', 2, 0),
    ('Endpoints, access and cryptography', 'Technological controls A.8.1–A.8.12 and A.8.24: endpoint devices, privileged access, authentication, malware, vulnerabilities, configuration, deletion, masking, leakage, cryptography', 5, 0),
    ('Operations, networks and development', 'Technological controls A.8.13–A.8.34 (without A.8.24): backup, redundancy, logging, monitoring, networks, secure development, testing, change management', 4, 0);

insert into audit_area_requirement (area, requirement)
select a.id, r.requirement from audit_area a join (
    select 'Context and scope' area, '4.1' requirement union all select 'Context and scope', '4.2' union all
    select 'Context and scope', '4.3' union all select 'Context and scope', '4.4' union all
    select 'Leadership, policy and roles', '5.1' union all select 'Leadership, policy and roles', '5.2' union all
    select 'Leadership, policy and roles', '5.3' union all
    select 'Risk assessment and treatment', '6.1.1' union all select 'Risk assessment and treatment', '6.1.2' union all
    select 'Risk assessment and treatment', '6.1.3' union all select 'Risk assessment and treatment', '6.2' union all
    select 'Risk assessment and treatment', '6.3' union all select 'Risk assessment and treatment', '8.1' union all
    select 'Risk assessment and treatment', '8.2' union all select 'Risk assessment and treatment', '8.3' union all
    select 'Support', '7.1' union all select 'Support', '7.2' union all select 'Support', '7.3' union all
    select 'Support', '7.4' union all select 'Support', '7.5' union all
    select 'Performance evaluation and improvement', '9.1' union all select 'Performance evaluation and improvement', '9.2' union all
    select 'Performance evaluation and improvement', '9.3' union all select 'Performance evaluation and improvement', '10.1' union all
    select 'Performance evaluation and improvement', '10.2'
) r on r.area = a.name;

insert into audit_area_requirement (area, requirement)
select a.id, concat('A.', c.id) from control c join audit_area a on a.name = case
        when c.theme = 'ORGANIZATIONAL' and cast(substring_index(c.id, '.', -1) as unsigned) <= 23 then 'Governance, assets and suppliers'
        when c.theme = 'ORGANIZATIONAL' then 'Incidents, continuity and compliance'
        when c.theme = 'PEOPLE' then 'People'
        when c.theme = 'PHYSICAL' then 'Physical security'
        when c.id = '8.24' or cast(substring_index(c.id, '.', -1) as unsigned) <= 12 then 'Endpoints, access and cryptography'
        else 'Operations, networks and development' end
where c.source = 'ANNEX_A';
